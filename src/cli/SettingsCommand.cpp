#include "cli/Commands.h"
#include "services/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

QJsonObject toJson(const CampaignSettings& c)
{
    return {{QStringLiteral("light_behind_red"), c.lights.behindRed},
            {QStringLiteral("light_behind_yellow"), c.lights.behindYellow},
            {QStringLiteral("light_warn_days"), c.lights.warnDays},
            {QStringLiteral("fixer_may_verify"), c.fixerMayVerify},
            {QStringLiteral("attachment_limit_mb"), c.attachmentLimitMb}};
}

} // namespace

// settings [--format json] · settings set KEY VALUE
int runSettings(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    SettingsService service(s.context());
    CampaignSettings c = service.current();
    if (s.args.word(1) == QLatin1String("set")) {
        if (!s.allowWrite()) return s.exitCode;
        const QString key = s.args.word(2), text = s.args.word(3);
        bool ok = false;
        const int value = text.toInt(&ok);
        if (key.isEmpty() || text.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "settings set needs a key and a value."));
        if (key == QLatin1String("fixer_may_verify")) {
            if (text != QLatin1String("0") && text != QLatin1String("1"))
                return s.usage(QCoreApplication::translate("cd::cli", "%1 is 0 or 1.").arg(key));
            c.fixerMayVerify = text == QLatin1String("1");
        } else if (!ok) {
            return s.usage(QCoreApplication::translate("cd::cli", "%1 needs a whole number.").arg(key));
        } else if (key == QLatin1String("light_behind_red")) {
            c.lights.behindRed = value;
        } else if (key == QLatin1String("light_behind_yellow")) {
            c.lights.behindYellow = value;
        } else if (key == QLatin1String("light_warn_days")) {
            c.lights.warnDays = value;
        } else if (key == QLatin1String("attachment_limit_mb")) {
            c.attachmentLimitMb = value;
        } else {
            return s.usage(QCoreApplication::translate("cd::cli", "Unknown setting: %1").arg(key));
        }
        if (auto r = service.save(c); !r) return s.refuse(r.error().message);
        return Done;
    }
    if (!s.args.word(1).isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "Unknown settings command: %1").arg(s.args.word(1)));
    const QJsonObject o = toJson(c);
    if (s.args.value(QStringLiteral("format")) == QLatin1String("json")) {
        s.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        s.out << it.key() << " = " << (it->isBool() ? QString::number(int(it->toBool())) : QString::number(it->toInt())) << '\n';
    return Done;
}

} // namespace cd::cli
