#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <array>

namespace cd {

// One unit's line in section 二 of the bulletin.
struct BulletinUnitRow
{
    QString unit;
    int reportsDue = 0;
    int reportsFiled = 0;
    int reportsOnTime = 0;
    int tasksOnSchedule = 0;
    int tasksBehind = 0;
    int problemsFound = 0;
    int problemsClosed = 0;
    int problemsOverdue = 0;
    QString light; // green, yellow, red
};

// One part of the campaign (a top-level group) in section 二 of a bulletin of a campaign in
// groups: the sums of its units' rows.
struct BulletinGroupRow
{
    QString name;
    int units = 0;
    int reportsDue = 0;
    int reportsFiled = 0;
    int reportsOnTime = 0;
    int tasksBehind = 0;
    int problemsFound = 0;
    int problemsClosed = 0;
    int problemsOverdue = 0;
    int redUnits = 0;
};

struct BulletinCase
{
    QString unit;
    QString title;
    QString text;
};

// Everything a quarterly supervision bulletin (季度督查通报) says: the figures gathered from
// the data, and the sections the office edits (rich text, HTML). An issued bulletin keeps
// this whole, so it prints the same later whatever the data has done.
struct BulletinContent
{
    int year = 0;
    QString quarter; // 2020Q2
    int number = 0;  // 第N期; 0 while a draft
    QDate date;      // the day it is (or would be) issued
    QDate asOf;      // the day the figures were gathered
    QString issuer;
    // The group the bulletin is of (its path), empty for the whole campaign; its 全市 becomes
    // the group's own word (全县, 全区, 本系统).
    QString scope;
    QString scopeWord = QStringLiteral("全市");
    // 主送 (without its colon): 各市直单位 for a flat campaign; for one in groups, the offices of
    // its 地区 and the addressees its other groups name (各县区活动办、市直各单位).
    QString addressee;
    // At most this many units named under each 点名 heading, the worst first, "等N个单位" after;
    // 0: all of them (as bulletins issued before groups were).
    int nameLimit = 0;

    // 一、总体情况
    int units = 0;
    int monthsDue = 0;
    int reportsDue = 0;
    int reportsOnTime = 0;
    int reportsLate = 0;
    int reportsMissing = 0;
    int inspections = 0;
    int unitsVisited = 0;
    int problemsFound = 0;
    int problemsClosed = 0;
    int problemsOverdue = 0;
    QList<QPair<QString, double>> completion; // pillar's name → share of tasks on schedule
    // The year's months up to the quarter's end, for the figures: the on-time rate (-1 where
    // not yet due) and the problem lines found and struck off in each.
    QStringList trendMonths; // 2020-01 …
    QList<double> onTimeRate;
    QList<int> problemsFoundByMonth;
    QList<int> problemsClosedByMonth;
    // 二、各单位推进情况: a table of units; in a campaign in groups, a table of its top-level
    // groups instead, and the units' table as the bulletin's 附件.
    QList<BulletinUnitRow> rows;
    QList<BulletinGroupRow> groups;
    // 三、好经验好做法 / 四、存在问题
    QList<BulletinCase> positive;
    QList<BulletinCase> negative;
    QList<QPair<QString, int>> problemCategories; // pillar's name → lines found this quarter
    QStringList missingReports;                   // 点名: units with a report missing this quarter, most missing first
    QStringList overdueProblems;                  // 点名: units with a line past its deadline, most overdue first
    // 述职测评 whose results were published in the quarter (docs/review.md).
    int reviewSessions = 0;
    int reviewPeople = 0;
    std::array<int, 4> reviewGrades{}; // 好 较好 一般 差
    double reviewAverage = 0;
    QStringList reviewPoor; // 单位 姓名 of those graded 差

    // Editable sections (HTML); generated from the figures until the office edits them.
    QString overview;
    QString practices;
    QString problems;
    QString nextSteps;
    // 版记: 抄送 and whether the figures are printed. 印发机关 is the issuer, 印发日期 the date.
    QString copyTo;
    bool charts = true;
    // The per-unit table of a bulletin in groups: printed as its 附件 (false), or sent as a
    // spreadsheet of its own with the 附件 note saying so (true) — the office's choice.
    bool attachmentApart = false;
    // 记录校验码: the audit record's code when the bulletin was issued (AuditChain), printed
    // at the foot of the last page; `audit verify --at CODE` proves the record behind it.
    QString recordCode;

    QString quarterLabel() const; // 2020年第二季度
    QJsonObject toJson() const;
    static Result<BulletinContent> fromJson(const QJsonObject& o);
};

} // namespace cd
