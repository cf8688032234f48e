#pragma once

#include <QMenu>

namespace uo {

// File ▸ Open Recent: the district files opened last, rebuilt each time it opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

signals:
    void openRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QAction *m_clear;
};

} // namespace uo
