// libFuzzer target for the JSON and settings text that come from outside: a unit's report and
// plan files (report submit --file, plan submit --file), the assessment rubric (assess rubric
// --file), a campaign template, and the campaign settings, as typed (settings set KEY VALUE)
// and as stored in a file someone may have edited. Every input goes to every reader; each
// must refuse with a message or give a value, never crash, hang or run out of memory.
// Built by the "fuzz" preset (clang); scripts/dev.sh test runs it briefly.
#include "domain/Assessment.h"
#include "domain/CampaignTemplate.h"
#include "domain/Settings.h"
#include "domain/SubmissionFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QHash<QString, qint64> codes{{QStringLiteral("S1"), 1}, {QStringLiteral("S2"), 2}, {QStringLiteral("C1"), 3},
                                              {QStringLiteral("B1"), 4}, {QStringLiteral("R1"), 5}};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (auto r = submission::report(o, codes)) {
            for (const auto& item : r->items)
                if (!codes.values().contains(item.taskId)) std::abort(); // only known tasks get through
        }
        if (auto p = submission::plan(o, codes); p && p->isEmpty()) std::abort(); // an empty plan is refused
        if (auto rubric = Rubric::fromJson(o)) (void)Rubric::validate(*rubric);
    }
    (void)CampaignTemplate::parse(bytes);
    // Settings: each line KEY=VALUE, as typed and as stored.
    QHash<QString, QString> stored;
    CampaignSettings typed;
    for (const QByteArray& line : bytes.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0) continue;
        const QString key = QString::fromUtf8(line.left(eq)), value = QString::fromUtf8(line.mid(eq + 1));
        stored.insert(key, value);
        if (auto next = settings::withValue(typed, key, value)) typed = *next;
    }
    const CampaignSettings read = settings::fromStored(stored);
    if (!settings::validate(read)) std::abort(); // what is read back is always usable
    return 0;
}
