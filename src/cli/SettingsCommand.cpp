#include "cli/Commands.h"
#include "services/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

// settings [--format json] · settings set KEY VALUE
int runSettings(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    SettingsService service(s.context());
    CampaignSettings c = service.current();
    if (s.args.word(1) == QLatin1String("set")) {
        if (!s.allowWrite()) return s.exitCode;
        auto changed = settings::withValue(c, s.args.word(2), s.args.word(3));
        if (!changed) return s.usage(changed.error().message);
        c = *changed;
        if (auto r = service.save(c); !r) return s.refuse(r.error().message);
        return Done;
    }
    if (!s.args.word(1).isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "Unknown settings command: %1").arg(s.args.word(1)));
    const QJsonObject o = settings::toJson(c);
    if (s.args.value(QStringLiteral("format")) == QLatin1String("json")) {
        s.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        s.out << it.key() << " = "
              << (it->isString() ? it->toString() : it->isBool() ? QString::number(int(it->toBool())) : QString::number(it->toInt())) << '\n';
    return Done;
}

} // namespace cd::cli
