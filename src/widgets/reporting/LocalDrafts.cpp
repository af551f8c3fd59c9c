#include "widgets/reporting/LocalDrafts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace cd::local_drafts {
namespace {

QString fileOf(const QString& campaign, qint64 unitId, const QString& periodCode)
{
    // The campaign by a digest of where it is: no address or path in a file name.
    const QString where = QString::fromLatin1(QCryptographicHash::hash(campaign.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QStringLiteral("%1/%2/%3-%4.json").arg(folder(), where).arg(unitId).arg(periodCode);
}

} // namespace

QString folder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"); }

bool save(const QString& campaign, const ReportDraft& d, const QDateTime& at)
{
    QJsonArray items, keep, add;
    for (const auto& i : d.items)
        items.append(QJsonObject{{QStringLiteral("task"), i.taskId},   {QStringLiteral("progress"), i.progress}, {QStringLiteral("status"), int(i.status)},
                                 {QStringLiteral("done"), i.done},     {QStringLiteral("problems"), i.problems}, {QStringLiteral("next"), i.next}});
    for (const auto& a : d.keep) keep.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}, {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("size"), a.size}});
    for (const auto& f : d.add) add.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("data"), QString::fromLatin1(f.data.toBase64())}});
    const QJsonObject o{{QStringLiteral("unit"), d.unitId}, {QStringLiteral("period"), d.periodCode}, {QStringLiteral("summary"), d.summary},
                        {QStringLiteral("items"), items},  {QStringLiteral("keep"), keep},         {QStringLiteral("add"), add},
                        {QStringLiteral("kept_at"), at.toString(Qt::ISODateWithMs)}};
    const QString path = fileOf(campaign, d.unitId, d.periodCode);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

std::optional<Kept> load(const QString& campaign, qint64 unitId, const QString& periodCode)
{
    QFile f(fileOf(campaign, unitId, periodCode));
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("unit")).toInteger() != unitId || o.value(QStringLiteral("period")).toString() != periodCode) return std::nullopt;
    Kept k;
    k.keptAt = QDateTime::fromString(o.value(QStringLiteral("kept_at")).toString(), Qt::ISODateWithMs);
    k.draft.unitId = unitId;
    k.draft.periodCode = periodCode;
    k.draft.summary = o.value(QStringLiteral("summary")).toString();
    for (const auto& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        k.draft.items.append({i.value(QStringLiteral("task")).toInteger(), i.value(QStringLiteral("progress")).toDouble(),
                              ItemStatus(i.value(QStringLiteral("status")).toInt()), i.value(QStringLiteral("done")).toString(),
                              i.value(QStringLiteral("problems")).toString(), i.value(QStringLiteral("next")).toString()});
    }
    for (const auto& v : o.value(QStringLiteral("keep")).toArray()) {
        const QJsonObject a = v.toObject();
        k.draft.keep.append({a.value(QStringLiteral("id")).toInteger(), a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("sha256")).toString(),
                             a.value(QStringLiteral("size")).toInteger()});
    }
    for (const auto& v : o.value(QStringLiteral("add")).toArray()) {
        const QJsonObject a = v.toObject();
        k.draft.add.append({a.value(QStringLiteral("name")).toString(), QByteArray::fromBase64(a.value(QStringLiteral("data")).toString().toLatin1())});
    }
    return k;
}

void remove(const QString& campaign, qint64 unitId, const QString& periodCode) { QFile::remove(fileOf(campaign, unitId, periodCode)); }

} // namespace cd::local_drafts
