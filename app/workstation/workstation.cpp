#include "app/workstation/workstation.h"

#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_tools/map_tool_icons.h"
#include "app/workstation/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace uo {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::Workstation)

public:
    static QString description()
    {
        return tr("UrbanOps Workstation: the desktop GIS of a district's urban management.");
    }
    static QString fileArgument()
    {
        return tr("A district database to open, or a district on a server by its address: "
                  "postgresql://LOGIN@HOST:PORT/DATABASE?district=NAME (the password is asked for when "
                  "the server wants one).");
    }
    static QString screenshot()
    {
        return tr("Open FILE's district, draw it, save the window as an image and quit.");
    }
    static QString size() { return tr("The window's size for --screenshot, in pixels (default 1280x800)."); }
    static QString timeout() { return tr("The time limit of --screenshot, in seconds (default 300)."); }
    static QString language() { return tr("The interface language: zh_CN, en, or system."); }
    static QString badSize(const QString &text)
    {
        return tr("--size wants WIDTHxHEIGHT, not \"%1\".").arg(text);
    }
    static QString view()
    {
        return tr("The map for --screenshot: its centre in the district's coordinates and its scale, as "
                  "X,Y,N for 1:N (default: the whole district).");
    }
    static QString badView(const QString &text) { return tr("--view wants X,Y,N, not \"%1\".").arg(text); }
};

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
}
} // namespace

int runWorkstation(QApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("UrbanOps"));
    QCoreApplication::setApplicationName(QStringLiteral("UrbanOps Workstation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(URBANOPS_VERSION));
    // The window manager matches the desktop entry (resources/urbanops.desktop) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("urbanops"));
    QApplication::setWindowIcon(map_icons::applicationIcon());
    Language::apply(Language::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), Text::fileArgument(), QStringLiteral("[FILE|URL]"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), Text::screenshot(),
                                              QStringLiteral("PNG"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::size(), QStringLiteral("WxH"));
    const QCommandLineOption languageOption(QStringLiteral("language"), Text::language(),
                                            QStringLiteral("CODE"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), Text::timeout(),
                                           QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption viewOption(QStringLiteral("view"), Text::view(), QStringLiteral("X,Y,N"));
    parser.addOptions({screenshotOption, sizeOption, languageOption, timeoutOption, viewOption});
    parser.process(app);

    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        Language::apply(code == QLatin1String("system") ? QString() : code);
    }
    QSize size(1280, 800);
    if (parser.isSet(sizeOption)) {
        size = parseSize(parser.value(sizeOption));
        if (!size.isValid()) {
            QTextStream(stderr) << Text::badSize(parser.value(sizeOption)) << Qt::endl;
            return 2;
        }
    }
    std::optional<Screenshot::View> view;
    if (parser.isSet(viewOption)) {
        const QStringList parts = parser.value(viewOption).split(QLatin1Char(','));
        bool okX = false, okY = false, okScale = false;
        if (parts.size() == 3)
            view = Screenshot::View{QPointF(parts[0].toDouble(&okX), parts[1].toDouble(&okY)),
                                    parts[2].toDouble(&okScale)};
        if (!okX || !okY || !okScale || view->scale <= 0) {
            QTextStream(stderr) << Text::badView(parser.value(viewOption)) << Qt::endl;
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QString() : files.first();

    MainWindow window;
    if (parser.isSet(screenshotOption)) {
        window.resize(size);
        window.show();
        auto *screenshot = new Screenshot(window, parser.value(screenshotOption), view,
                                          std::max(1, parser.value(timeoutOption).toInt()));
        QString error;
        window.askPassword = {}; // nobody to ask: a server's password comes from .pgpass or a service
        if (!file.isEmpty() && !window.openDistrict(file, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        screenshot->start();
        return app.exec();
    }

    window.restoreLayout();
    if (parser.isSet(sizeOption))
        window.resize(size);
    window.show();
    if (!file.isEmpty())
        window.openDistrict(file);
    return app.exec();
}

} // namespace uo
