#pragma once

#include <Qt>
#include <functional>

class QDockWidget;
class QMainWindow;

namespace uo {

// A dock shown in the window (first time, or after it was squeezed) gets the room its content wants
// rather than its bare minimum. A minimum size set on the dock instead would hold the window's own
// minimum up even while the dock is hidden. `wanted` is asked each time, so it can follow the window.
void giveDockRoom(QMainWindow &window, QDockWidget *dock, Qt::Orientation orientation,
                  std::function<int()> wanted);

} // namespace uo
