#include "tests/gis/render/tile_server.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QSemaphore g_listening;
}

TileServer::TileServer(QByteArray png) : m_png(std::move(png)) {}

TileServer::~TileServer()
{
    shutDown();
}

quint16 TileServer::listen()
{
    start();
    g_listening.acquire();
    return m_port.load();
}

void TileServer::shutDown()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

QString TileServer::capabilitiesUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/WMTSCapabilities.xml").arg(m_port.load());
}

QString TileServer::xyzTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_port.load());
}

void TileServer::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray requestLine = socket->readLine();
                static const QRegularExpression tile(QStringLiteral("^GET /\\d+/\\d+/\\d+\\.png "));
                const bool found = tile.match(QString::fromLatin1(requestLine)).hasMatch();
                QByteArray reply;
                if (!m_capabilities.isEmpty() && requestLine.startsWith("GET /WMTSCapabilities.xml ")) {
                    QByteArray body = m_capabilities;
                    body.replace("PORT", QByteArray::number(m_port.load()));
                    reply = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                } else if (found) {
                    ++m_served;
                    reply = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                            QByteArray::number(m_png.size()) + "\r\nConnection: close\r\n\r\n" + m_png;
                } else {
                    reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                }
                socket->write(reply);
                socket->disconnectFromHost();
            });
        }
    });
    g_listening.release();
    exec();
    server.close();
}
