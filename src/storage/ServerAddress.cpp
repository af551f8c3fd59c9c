// A server address in libpq's URI form, one host or several (a primary and its standbys).
#include "storage/Database.h"

#include <QUrl>
#include <QUrlQuery>

namespace cd {
namespace {

QString decoded(const QString& part) { return QUrl::fromPercentEncoding(part.toUtf8()); }

// "host", "host:port", "[::1]:port": the host and its port (0 when none is written, -1 when
// what is written is no port).
std::pair<QString, int> hostAndPort(const QString& spec)
{
    QString host = spec;
    QString port;
    if (spec.startsWith(QLatin1Char('['))) {
        const qsizetype close = spec.indexOf(QLatin1Char(']'));
        if (close < 0) return {spec, -1};
        host = spec.mid(1, close - 1);
        if (close + 1 < spec.size()) {
            if (spec.at(close + 1) != QLatin1Char(':')) return {host, -1};
            port = spec.mid(close + 2);
        }
    } else if (const qsizetype colon = spec.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = spec.left(colon);
        port = spec.mid(colon + 1);
    }
    if (port.isNull()) return {decoded(host), 0};
    bool ok = false;
    const int n = port.toInt(&ok);
    return {decoded(host), ok && n > 0 && n < 65536 ? n : -1};
}

QList<int> portList(const QString& text, bool* ok)
{
    QList<int> ports;
    for (const QString& p : text.split(QLatin1Char(','))) {
        bool number = false;
        const int n = p.trimmed().toInt(&number);
        if (!number || n <= 0 || n > 65535) *ok = false;
        ports << n;
    }
    return ports;
}

} // namespace

QString Database::ServerAddress::hostPorts() const
{
    QStringList parts;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, hosts.size()); ++i) {
        const QString h = i < hosts.size() ? hosts[i] : QString();
        const int p = ports.isEmpty() ? 5432 : ports.size() == 1 ? ports[0] : ports.value(i, ports[0]);
        parts << (!h.startsWith(QLatin1Char('/')) && h.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(h).arg(p);
    }
    return parts.join(QLatin1Char(','));
}

Database::ServerAddress Database::parseAddress(const QString& uri)
{
    ServerAddress a;
    QString rest;
    for (const char* scheme : {"postgresql://", "postgres://"})
        if (uri.startsWith(QLatin1String(scheme))) rest = uri.mid(qsizetype(qstrlen(scheme)));
    if (rest.isNull()) return a;
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        a.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        a.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        a.hasPassword = colon >= 0 && colon + 1 < userInfo.size();
    }
    bool ok = true;
    QList<int> written;
    if (!authority.isEmpty())
        for (const QString& spec : authority.split(QLatin1Char(','))) {
            const auto [host, port] = hostAndPort(spec);
            if (port < 0) ok = false;
            a.hosts << host;
            written << port;
        }
    const QUrlQuery items(query);
    const auto item = [&](const char* key) { return items.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (items.hasQueryItem(QStringLiteral("host"))) a.hosts = item("host").split(QLatin1Char(','));
    if (items.hasQueryItem(QStringLiteral("port"))) {
        a.ports = portList(item("port"), &ok);
    } else if (written.size() == 1 || std::ranges::all_of(written, [&](int p) { return p == written.value(0); })) {
        // One port for all: libpq takes a single one.
        if (!written.isEmpty() && written[0] > 0) a.ports = {written[0]};
    } else {
        // Each host its own; a host without one has libpq's default.
        for (int p : written) a.ports << (p > 0 ? p : 5432);
    }
    if (a.ports.isEmpty()) a.ports = {5432};
    a.sslMode = item("sslmode");
    a.targetSessionAttrs = item("target_session_attrs");
    a.host = a.hosts.join(QLatin1Char(','));
    a.port = a.ports.value(0, 5432);
    static const QStringList kAttrs{QString(), QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"), QStringLiteral("primary"),
                                    QStringLiteral("standby"), QStringLiteral("prefer-standby")};
    a.valid = ok && !a.database.isEmpty() && !a.database.contains(QLatin1Char('/')) && (a.ports.size() == 1 || a.ports.size() == a.hosts.size()) &&
              kAttrs.contains(a.targetSessionAttrs) && std::ranges::none_of(a.hosts, [](const QString& h) { return h.trimmed().isEmpty(); });
    return a;
}

} // namespace cd
