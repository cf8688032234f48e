#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace uo {

// File ▸ Open District on Server…: where the district lives (host, port, database, district) and who signs
// in. No password here: it is asked for only when the server wants one (libpq's .pgpass, service file
// and certificates are tried first), and never stored. The fields start from the last server opened.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // The district's address, postgresql://user@host:port/database?district=NAME (no password).
    QString url() const;
    // Fills the fields from an address (e.g. a recent one); unknown parts keep their defaults.
    void setUrl(const QString &url);

private:
    void update();

    QLineEdit *m_host, *m_database, *m_district, *m_user;
    QSpinBox *m_port;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
