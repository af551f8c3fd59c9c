#include "widgets/main/ServerDialog.h"

#include "storage/Database.h"
#include "widgets/common/Dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace cd {

ServerDialog::Fields ServerDialog::parse(const QString& address)
{
    Fields f;
    if (address.isEmpty()) return f;
    const auto a = Database::parseAddress(address);
    QStringList hosts;
    for (qsizetype i = 0; i < a.hosts.size(); ++i) {
        const int port = a.ports.value(i, a.port);
        hosts << (port == a.port ? a.hosts[i] : QStringLiteral("%1:%2").arg(a.hosts[i]).arg(port));
    }
    f.host = hosts.join(QStringLiteral(", "));
    f.port = a.port;
    f.database = a.database;
    f.user = a.user;
    if (!a.sslMode.isEmpty()) f.sslMode = a.sslMode;
    f.sessionAttrs = a.targetSessionAttrs;
    return f;
}

QString ServerDialog::compose(const Fields& f)
{
    // Each host, with its port: its own where one is written after it, else the form's.
    QStringList hosts;
    QList<int> ports;
    for (const QString& written : f.host.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString spec = written.trimmed();
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        bool number = false;
        const int port = colon > 0 ? spec.mid(colon + 1).toInt(&number) : 0;
        QString host = number ? spec.left(colon) : spec;
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) host = host.mid(1, host.size() - 2);
        hosts << host;
        ports << (number ? port : f.port);
    }
    if (hosts.isEmpty()) hosts << QString();
    if (ports.isEmpty()) ports << f.port;
    QUrlQuery query;
    // Several hosts are a primary and its standbys: unless told otherwise, the primary.
    // One host: libpq's default (any) goes unwritten.
    QString target = !f.sessionAttrs.isEmpty() ? f.sessionAttrs : hosts.size() > 1 ? QStringLiteral("read-write") : QString();
    if (hosts.size() == 1 && target == QLatin1String("any")) target.clear();
    QString url = QStringLiteral("postgresql://%1@").arg(QString::fromUtf8(QUrl::toPercentEncoding(f.user.trimmed())));
    if (hosts.first().startsWith(QLatin1Char('/'))) {
        // Socket folders: libpq's host= with the ports beside them.
        url += QStringLiteral("localhost");
        QStringList portText;
        for (int p : ports) portText << QString::number(p);
        query.addQueryItem(QStringLiteral("host"), hosts.join(QLatin1Char(',')));
        query.addQueryItem(QStringLiteral("port"), portText.join(QLatin1Char(',')));
    } else {
        QStringList specs;
        for (qsizetype i = 0; i < hosts.size(); ++i)
            specs << (hosts[i].contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(hosts[i]).arg(ports[i]);
        url += specs.join(QLatin1Char(','));
    }
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(f.database.trimmed()));
    if (f.sslMode != QLatin1String("prefer")) query.addQueryItem(QStringLiteral("sslmode"), f.sslMode);
    if (!target.isEmpty()) query.addQueryItem(QStringLiteral("target_session_attrs"), target);
    if (!query.isEmpty()) url += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return url;
}

QString ServerDialog::shown(const QString& address)
{
    const auto a = Database::parseAddress(address);
    return QStringLiteral("%1@%2/%3").arg(a.user, a.hostPorts(), a.database);
}

ServerDialog::ServerDialog(const QString& address, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    const Fields f = parse(address);
    auto* form = new QFormLayout;
    m_host = new QLineEdit(f.host, this);
    m_host->setPlaceholderText(tr("db.example.gov.cn, or a socket folder such as /run/postgresql; several between commas"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(f.port);
    m_database = new QLineEdit(f.database, this);
    m_user = new QLineEdit(f.user, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    const QList<QPair<QString, QString>> modes{{QStringLiteral("disable"), tr("Off")},
                                               {QStringLiteral("prefer"), tr("When the server offers it")},
                                               {QStringLiteral("require"), tr("Always (encrypted)")},
                                               {QStringLiteral("verify-ca"), tr("Always, checking the server's certificate")},
                                               {QStringLiteral("verify-full"), tr("Always, checking the certificate and the server's name")}};
    for (const auto& [mode, label] : modes) m_sslMode->addItem(label, mode);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(f.sslMode)));
    m_target = new QComboBox(this);
    m_target->addItem(tr("Whichever answers"), QStringLiteral("any"));
    m_target->addItem(tr("The primary, wherever it is (to work)"), QStringLiteral("read-write"));
    m_target->addItem(tr("A standby when one answers (to read)"), QStringLiteral("prefer-standby"));
    // Unsaid, several hosts mean the primary (as compose() writes them), one host any.
    const QString target = !f.sessionAttrs.isEmpty() ? f.sessionAttrs : f.host.contains(QLatin1Char(',')) ? QStringLiteral("read-write") : QStringLiteral("any");
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
    m_target->setToolTip(tr("With several servers (a primary and its standbys, between commas): the primary takes every change and is found "
                            "again after a failover; a standby only reads, and spares the primary a leader's dashboards."));
    m_target->setObjectName(QStringLiteral("serverTarget"));
    m_remember = new QCheckBox(tr("Remember the password in the system keyring"), this);
    m_remember->setToolTip(tr("Kept only by the keyring of this computer's desktop, never in a file of this program."));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverLogin"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_sslMode->setObjectName(QStringLiteral("serverEncryption"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(tr("&Use:"), m_target);
    form->addRow(QString(), m_remember);
    m_error = dialogs::errorLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* edit : {m_host, m_database, m_user}) connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateButton();
    // The first field still to fill takes the keyboard.
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password})
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    setMinimumWidth(480);
}

void ServerDialog::setPassword(const QString& password) { m_password->setText(password); }

QString ServerDialog::address() const
{
    Fields f;
    f.host = m_host->text().trimmed();
    f.port = m_port->value();
    f.database = m_database->text().trimmed();
    f.user = m_user->text().trimmed();
    f.sslMode = m_sslMode->currentData().toString();
    f.sessionAttrs = m_target->currentData().toString();
    return compose(f);
}

QString ServerDialog::password() const { return m_password->text(); }
bool ServerDialog::rememberPassword() const { return m_remember->isChecked(); }

void ServerDialog::updateButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

void ServerDialog::tryConnect()
{
    if (!m_connector) return accept();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_connector(address(), password());
    QApplication::restoreOverrideCursor();
    if (s) return accept();
    // Everything typed stays; the reason is shown where the person looks.
    m_error->setText(s.error().message);
    m_error->show();
}

} // namespace cd
