#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace cd {

struct Campaign
{
    qint64 id = 0;
    QString name;
    int year = 0;
    QDate start;
    QDate end;
    QString templateId;
};

struct PillarWeight
{
    Pillar pillar = Pillar::General;
    double weight = 0;
};

struct Unit
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString category;
    QString head;      // 主要负责人
    QString deputy;    // 分管领导
    QString secretary; // 联络员
    QString phone;
    bool active = true;
    int sortOrder = 0;
    qint64 groupId = 0; // the group (分组) it sits in, 0 at the top
};

struct Task
{
    qint64 id = 0;
    qint64 campaignId = 0;
    Pillar pillar = Pillar::General;
    QString code;
    QString title;
    QString description;
    TaskKind kind = TaskKind::Mandatory;
    qint64 ownerUnitId = 0; // the unit an optional task belongs to
    Cadence cadence = Cadence::Once;
    double target = 0;
    QString measure; // 次/篇/%/名
    bool lowerIsBetter = false;
    QDate due;
    int sortOrder = 0;
};

struct Responsibility
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 taskId = 0;
    ResponsibilityLevel level = ResponsibilityLevel::Specific;
    QString person;
    QString post;
    QString duty;
    double target = 0;
};

struct Period
{
    qint64 id = 0;
    qint64 campaignId = 0;
    PeriodKind kind = PeriodKind::Month;
    QString code; // 2020-03, 2020Q1, 2020
    QDate start;
    QDate end;
    QDate deadline;
};

} // namespace cd
