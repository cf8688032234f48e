#include "app/workstation/dock_room.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace uo {

void giveDockRoom(QMainWindow &window, QDockWidget *dock, Qt::Orientation orientation,
                  std::function<int()> wanted)
{
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock,
                     [&window, dock, orientation, wanted](bool visible) {
                         if (!visible)
                             return;
                         // After the layout has placed the dock: its size is only known then.
                         QTimer::singleShot(0, dock, [&window, dock, orientation, wanted] {
                             if (!dock->isVisible() || dock->isFloating())
                                 return;
                             const int size = orientation == Qt::Vertical ? dock->height() : dock->width();
                             const int room = wanted();
                             if (size < room * 3 / 4)
                                 window.resizeDocks({dock}, {room}, orientation);
                         });
                     });
}

} // namespace uo
