#include "app/workstation/server_dialog.h"

#include "app/workstation/recent_files.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace uo {

ServerDialog::ServerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ServerDialog"));
    setWindowTitle(tr("Open District on Server"));
    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("host"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Database:"), m_database);
    m_district = new QLineEdit(this);
    m_district->setObjectName(QStringLiteral("district"));
    m_district->setPlaceholderText(tr("the database's only district"));
    form->addRow(tr("D&istrict:"), m_district);
    m_user = new QLineEdit(DistrictStore::defaultOperatorName(), this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&Login:"), m_user);
    auto *hint =
        new QLabel(tr("The password is asked for when the server wants one, and is never saved."), this);
    hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_district, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    for (const QString &recent : recent_files::list())
        if (server::ServerUrl::isServerUrl(recent)) {
            setUrl(recent);
            break;
        }
    resize(420, sizeHint().height());
    update();
}

QString ServerDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (!m_district->text().trimmed().isEmpty())
        url.setQuery(QStringLiteral("district=") + m_district->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

void ServerDialog::setUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.host().isEmpty())
        m_host->setText(url.host());
    if (url.port() > 0)
        m_port->setValue(url.port());
    if (!url.path().isEmpty())
        m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName());
    m_district->setText(QUrlQuery(url).queryItemValue(QStringLiteral("district")));
}

void ServerDialog::update()
{
    const QString district = m_district->text().trimmed();
    const bool districtOk = district.isEmpty() || server::ServerUrl::isValidDistrict(district);
    m_district->setToolTip(districtOk ? QString()
                                      : tr("A district name is lower-case letters, digits and _, starting "
                                           "with a letter."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(districtOk && !m_host->text().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

} // namespace uo
