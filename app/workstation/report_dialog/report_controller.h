#pragma once

#include <QObject>

class QAction;

namespace uo {

class MainWindow;
class ReportDialog;

// File ▸ Print Report… (the report dialog with its preview) and File ▸ Export Map Image… (the map
// view as a PNG at a chosen resolution). Both need an open district.
class ReportController : public QObject
{
    Q_OBJECT

public:
    explicit ReportController(MainWindow &window);

    QAction *reportAction() const { return m_report; }

    ReportDialog *showReportDialog();
    // Writes the map view at `dpi` to `path`; false, with the reason shown, when it cannot.
    bool exportMapImage(const QString &path, int dpi);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void askForMapImage();

    MainWindow &m_window;
    QAction *m_report, *m_image;
};

} // namespace uo
