#pragma once

#include <QByteArray>
#include <QThread>
#include <atomic>

// A tile service on 127.0.0.1, on a thread of its own so that GDAL can fetch from it while the test's
// thread waits for GDAL: every /Z/X/Y.png is the same picture, /WMTSCapabilities.xml the capabilities
// when given, anything else is 404. No test needs the internet.
class TileServer : public QThread
{
public:
    explicit TileServer(QByteArray png);
    // Also answers /WMTSCapabilities.xml with `capabilities`, in which "PORT" stands for the port.
    void setCapabilities(QByteArray capabilities) { m_capabilities = std::move(capabilities); }
    ~TileServer() override;

    // Starts listening and returns the port; 0 when no port could be had.
    quint16 listen();
    // Stops answering: the port is closed, as when the network is gone.
    void shutDown();
    // The template of the tiles: http://127.0.0.1:PORT/{z}/{x}/{y}.png
    QString xyzTemplate() const;
    QString capabilitiesUrl() const;
    int tilesServed() const { return m_served.load(); }

protected:
    void run() override;

private:
    QByteArray m_png;
    QByteArray m_capabilities;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_served{0};
};
