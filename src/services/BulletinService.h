#pragma once

#include <optional>

#include "services/BulletinContent.h"
#include "services/ServiceContext.h"
#include "storage/BulletinRepository.h"

#include <functional>

namespace cd {

// The sections of a bulletin the office writes; the rest is gathered from the data.
struct BulletinSections
{
    QString overview;
    QString practices;
    QString problems;
    QString nextSteps;
    // 版记's 抄送 line (the organs the bulletin is copied to); empty: the office's default,
    // which saving a draft with a list updates.
    QString copyTo;
    bool charts = true; // the three figures in 一、总体情况
    // At most this many units named under each 点名 heading (0: all of them).
    int nameLimit = 10;
    // The per-unit table sent as a spreadsheet of its own rather than printed as the 附件.
    bool attachmentApart = false;
};

// 季度督查通报: gathered from a quarter's data, edited, issued with the next number and then
// frozen — an issued bulletin prints the same whatever the data does, and is only ever
// superseded by a corrected issue.
class BulletinService
{
public:
    // `groupId`: the bulletins of one group's part, issued by its office with numbers of their
    // own (docs/printing.md); 0 for the whole campaign's.
    // An account scoped to a group issues its own group's (when 0 is given) or a group's under it.
    explicit BulletinService(ServiceContext ctx, qint64 groupId = 0)
        : m_ctx(std::move(ctx)), m_group(groupId == 0 && m_ctx.actor.scoped() && m_ctx.actor.role != Role::Unit ? m_ctx.actor.groupId : groupId)
    {
    }
    qint64 groupId() const { return m_group; }

    // The quarter's figures as of the clock's date, with the saved draft's sections, or
    // generated ones where the office has written nothing.
    Result<BulletinContent> draft(const QString& quarter);
    // `asRead`: the draft's version when the editor read it (draftVersion); a draft someone saved
    // since is not written over (ServiceContext::staleEdit).
    Status saveDraft(const QString& quarter, const BulletinSections& sections, std::optional<qint64> asRead = std::nullopt);
    // The draft's version: the number of the last audit row that changed it (0: no draft yet).
    qint64 draftVersion(const QString& quarter);
    // The 版记's 抄送, whether the figures print, how many units each 点名 names and where the
    // per-unit table goes (`options`' other fields are not read), leaving the sections as they are.
    Status saveOptions(const QString& quarter, const BulletinSections& options);
    static constexpr int kMaxNameLimit = 999;
    // Freezes the draft with the next number; returns the number.
    Result<int> issue(const QString& quarter);
    // A corrected issue: a new draft of the same quarter carrying the issued one's sections;
    // when it is issued, the old one is marked superseded. Returns the quarter.
    Result<QString> correct(int number, const QString& reason);
    Result<BulletinContent> issued(int number);
    // The bulletins of this service's issuer (the whole campaign, or its group).
    QList<BulletinRecord> list();
    // The sections the figures suggest, before anyone edits them.
    static BulletinSections generated(const BulletinContent& c);
    // The 抄送 list a new bulletin starts with: the last one saved, or the usual one.
    QString defaultCopyTo();
    static QString builtInCopyTo();

private:
    // Refused unless this service's group is within the account's part of the campaign.
    Status inPart();
    // One attempt of the public method of the same name, which repeats it (retrying()).
    Status storeOnce(const QString& quarter, const std::function<QJsonObject(const QJsonObject&)>& change, std::optional<qint64> asRead);
    Result<int> issueOnce(const QString& quarter);
    Status store(const QString& quarter, const std::function<QJsonObject(const QJsonObject&)>& change, std::optional<qint64> asRead = std::nullopt);
    Result<BulletinContent> gather(const QString& quarter, qint64* campaignId);

    ServiceContext m_ctx;
    qint64 m_group = 0;
};

} // namespace cd
