#pragma once

#include "app/workstation/personal_view.h"
#include "gis/render/layer_style.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QMenu;
class QUndoCommand;
class QModelIndex;
class QPoint;

namespace uo {

class LayerStyleDialog;
class MainWindow;
class StyleDocument;

// Makes the window's layer list a layer tree with the district's style: checkboxes, drag-and-drop
// order, legends under the layers, a context menu and double click opening the layer's style dialog.
// Ticking and dragging layers is the user's own view (PersonalView): kept for them, not in the
// district, and not undone by Ctrl+Z. The district's shared style changes only through the style
// dialog (and Reset Map Style), each time as one command on the undo stack, saved and audited.
class LayerController : public QObject
{
    Q_OBJECT

public:
    explicit LayerController(MainWindow &window);

    StyleDocument *document() const { return m_document; }
    // Opens the style dialog of `table` (one at a time, not modal, so that the map stays in reach).
    LayerStyleDialog *editStyle(const QString &table);
    // Puts every layer back to the bureau's default look and order, as one command.
    void resetStyle();
    // Forgets the user's own choice of layers: they show as the district's style has them.
    void resetPersonalLayers();

private:
    void configureView();
    void showContextMenu(const QPoint &position);
    void activated(const QModelIndex &index);
    // The tree and the map show the shared style, the style dialog's preview and the user's layers.
    void showStyle();
    // Pushes a change of the shared style (already shown) as one step, saying that it is saved.
    void pushStyle(QUndoCommand *command);

    MainWindow &m_window;
    StyleDocument *m_document;
    QPointer<LayerStyleDialog> m_dialog;
    int m_sessions = 0;
    PersonalView m_view;
    std::optional<LayerStyle> m_preview; // the open style dialog's, until OK or Cancel
};

} // namespace uo
