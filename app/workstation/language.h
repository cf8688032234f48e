#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace uo {

// The interface language, switchable while the program runs. A code is a locale name ("zh_CN", "en")
// or empty for the system's language; the choice is kept in the settings under "language".
class Language
{
    Q_DECLARE_TR_FUNCTIONS(uo::Language)

public:
    static QString saved();
    static void save(const QString &code);
    // Replaces the installed translators (ours and Qt's own) with those for `code`. Every widget then
    // gets a QEvent::LanguageChange and retranslates itself.
    static void apply(const QString &code);
    // The code last applied: empty when following the system.
    static QString current();
    static QLocale localeFor(const QString &code);
};

} // namespace uo
