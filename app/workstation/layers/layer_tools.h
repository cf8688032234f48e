#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QModelIndex;
class QPoint;

namespace uo {

class LayerStyleDialog;
class MainWindow;
class StyleDocument;

// Makes the window's layer list a layer tree with the district's style: checkboxes, drag-and-drop
// order, legends under the layers, a context menu and double click opening the layer's style dialog.
// Every change is one command on the window's undo stack and is saved with the district.
class LayerTools : public QObject
{
    Q_OBJECT

public:
    explicit LayerTools(MainWindow &window);

    StyleDocument *document() const { return m_document; }
    // Opens the style dialog of `table` (one at a time, not modal, so that the map stays in reach).
    LayerStyleDialog *editStyle(const QString &table);
    // Puts every layer back to the bureau's default look and order, as one command.
    void resetStyle();

private:
    void configureView();
    void showContextMenu(const QPoint &position);
    void activated(const QModelIndex &index);

    MainWindow &m_window;
    StyleDocument *m_document;
    QPointer<LayerStyleDialog> m_dialog;
    int m_sessions = 0;
};

} // namespace uo
