#include "app/workstation/language_menu.h"

#include "app/workstation/language.h"

#include <QActionGroup>
#include <QEvent>

namespace uo {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    m_system = addLanguage(QString());
    addSeparator();
    // A language is offered under its own name, which is never translated: a reader who cannot read
    // the current language must still find theirs.
    addLanguage(QStringLiteral("zh_CN"))->setText(QStringLiteral("简体中文"));
    addLanguage(QStringLiteral("en"))->setText(QStringLiteral("English"));
    retranslate();
}

QAction *LanguageMenu::addLanguage(const QString &code)
{
    QAction *action = addAction(QString());
    m_group->addAction(action);
    action->setCheckable(true);
    action->setData(code);
    connect(action, &QAction::triggered, this, [code] {
        Language::save(code);
        Language::apply(code);
    });
    return action;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("Follow &System"));
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == Language::current());
}

} // namespace uo
