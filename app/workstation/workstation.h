#pragma once

class QApplication;

namespace uo {

// Starts the workstation in a constructed QApplication: names it, installs the language, reads the
// command line (a district file to open; --screenshot FILE [--size WxH] to draw the window once into a
// PNG and quit) and runs the event loop. Returns the process exit code.
int runWorkstation(QApplication &app);

} // namespace uo
