#include "app/workstation/workstation.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return uo::runWorkstation(app);
}
