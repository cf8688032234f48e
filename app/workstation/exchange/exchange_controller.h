#pragma once

#include <QObject>

class QAction;

namespace uo {

class MainWindow;

// File ▸ Import Layer… and Export Layer…: layers in and out through GDAL (see ImportDialog and
// ExportDialog). After an import the map and the layer counts are read again.
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeController(MainWindow &window);

    QAction *importAction() const { return m_import; }

    void showImport();
    void showExport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();

    MainWindow &m_window;
    QAction *m_import, *m_export;
};

} // namespace uo
