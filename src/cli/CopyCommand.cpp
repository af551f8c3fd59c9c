// copy SOURCE DEST, and backup OUT of a server: a whole campaign between a file and a server.
#include "cli/Commands.h"
#include "cli/Output.h"
#include "services/CopyService.h"
#include "storage/Backup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// The rows and content digest of every table: the two databases hold the same when these match.
void printDigests(CliSession& s, const QList<TableDigest>& digests)
{
    if (s.args.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto& d : digests)
            rows.append(QJsonObject{{QStringLiteral("table"), d.table}, {QStringLiteral("rows"), d.rows},
                                    {QStringLiteral("sha256"), QString::fromLatin1(d.sha256.toHex())}});
        s.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    s.out << QCoreApplication::translate("cd::cli", "Table").leftJustified(22) << QCoreApplication::translate("cd::cli", "Rows").rightJustified(10)
          << QStringLiteral("  SHA-256") << Qt::endl;
    for (const auto& d : digests)
        s.out << d.table.leftJustified(22) << QString::number(d.rows).rightJustified(10) << QStringLiteral("  ") << QString::fromLatin1(d.sha256.toHex()) << Qt::endl;
}

qint64 rowsOf(const QList<TableDigest>& digests, const QString& table)
{
    for (const auto& d : digests)
        if (d.table == table) return d.rows;
    return 0;
}

} // namespace

int runCopy(CliSession& s)
{
    const QString source = s.args.word(1);
    const QString target = s.args.word(2);
    if (source.isEmpty() || target.isEmpty() || s.args.has(QStringLiteral("db")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: copy SOURCE DEST (each a campaign file or a postgresql:// address)"));
    if (source == target) return s.usage(QCoreApplication::translate("cd::cli", "SOURCE and DEST are the same."));
    if (!s.openAt(source, false)) return s.exitCode;
    Result<QList<TableDigest>> copied;
    QString shown = target;
    if (Database::isServerAddress(target)) {
        auto to = Database::connect(target, serverPassword(target));
        if (!to) return s.refuse(to.error().message);
        shown = (*to)->path();
        copied = CopyService(s.context()).into(**to);
    } else {
        copied = CopyService(s.context()).toNewFile(target);
    }
    if (!copied) return s.refuse(copied.error().message);
    printDigests(s, *copied);
    s.err << QCoreApplication::translate("cd::cli", "Copied %1 to %2; every table verified.").arg(s.db->path(), shown) << Qt::endl;
    if (const qint64 accounts = rowsOf(*copied, QStringLiteral("users")); accounts > 0 && !s.db->isServer() && Database::isServerAddress(target))
        s.err << QCoreApplication::translate("cd::cli", "Accounts copied: %1, each disabled and without its password: on a server people sign in with database logins.").arg(accounts)
              << Qt::endl;
    return Done;
}

int runBackup(CliSession& s)
{
    const QString target = s.args.word(1);
    if (target.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: backup OUT"));
    if (!s.open(false)) return s.exitCode;
    if (s.db->isServer()) {
        // A server's backup is a snapshot file: one consistent state, verified table by table.
        auto copied = CopyService(s.context()).toNewFile(target);
        if (!copied) return s.refuse(copied.error().message);
        printDigests(s, *copied);
    } else if (auto r = Backup::write(*s.db, target); !r) {
        return s.refuse(r.error().message);
    }
    s.out << QCoreApplication::translate("cd::cli", "Backup written to %1.").arg(target) << Qt::endl;
    return Done;
}

} // namespace cd::cli
