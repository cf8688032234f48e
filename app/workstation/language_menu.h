#pragma once

#include <QMenu>

class QActionGroup;

namespace uo {

// Language: follow the system or pick one. The choice applies at once and is remembered.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addLanguage(const QString &code);
    void retranslate();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace uo
