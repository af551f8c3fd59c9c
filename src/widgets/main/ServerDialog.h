#pragma once

#include "domain/Error.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

// File ▸ Connect to server…: where the campaign is kept on a PostgreSQL server and who
// connects. The dialog stays open with everything typed when the connection fails, and says why.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    struct Fields
    {
        // A name, an address, or a socket folder (/run/postgresql); for a primary and its
        // standbys several, between commas, each with its own :port where it differs.
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString sslMode = QStringLiteral("prefer");
        // libpq's target_session_attrs: empty (whichever answers), read-write (the primary,
        // wherever it is), prefer-standby (a standby for reading, else the primary).
        QString sessionAttrs;
        bool operator==(const Fields&) const = default;
    };
    static Fields parse(const QString& address);
    static QString compose(const Fields& fields);
    // What people read of an address: user@host:port/database.
    static QString shown(const QString& address);

    // `address` fills the fields (the server last used, or a recent one).
    explicit ServerDialog(const QString& address, QWidget* parent = nullptr);
    // Tries the connection when Connect is pressed; the dialog closes only when it works.
    void setConnector(std::function<Status(const QString& address, const QString& password)> connector) { m_connector = std::move(connector); }
    void setPassword(const QString& password);

    QString address() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void tryConnect();
    void updateButton();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QComboBox* m_target;
    QCheckBox* m_remember;
    QLabel* m_error;
    QPushButton* m_connect = nullptr;
    std::function<Status(const QString&, const QString&)> m_connector;
};

} // namespace cd
