#pragma once

#include "reports/OfficialDocument.h"
#include "services/BulletinContent.h"
#include "exchange/Sheet.h"

namespace cd {

// 季度督查通报 in the official layout: 版头 with the issue number, title, addressee, then
// 一、总体情况 二、各单位推进情况 (the unit table) 三、好经验好做法 四、存在问题 (with the units
// named) 五、下步工作, and the issuer with the date.
class BulletinDocument
{
public:
    static void write(OfficialDocument& doc, const BulletinContent& c);
    static QString title(const BulletinContent& c);
    // Section 二's table as a sheet, for XLSX.
    static Table unitTable(const BulletinContent& c);
};

} // namespace cd
