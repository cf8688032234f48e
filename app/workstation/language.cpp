#include "app/workstation/language.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace uo {

namespace {
const QString kSettingsKey = QStringLiteral("language");

struct Installed
{
    QString code;
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QString Language::saved()
{
    return QSettings().value(kSettingsKey).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

QString Language::current()
{
    return installed().code;
}

QLocale Language::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Language::apply(const QString &code)
{
    Installed &state = installed();
    for (QTranslator *old : {state.ours.data(), state.qt.data()})
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    state.code = code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    state.ours = load(locale, QStringLiteral("urbanops"), QStringLiteral(":/i18n"));
    // Qt's own catalogue translates its standard buttons and dialogs; a missing one leaves them English.
    state.qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace uo
