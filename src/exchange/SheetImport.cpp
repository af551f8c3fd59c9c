#include "exchange/SheetImport.h"

#include "domain/Text.h"
#include "exchange/HeaderMap.h"

namespace cd {
namespace {

FieldSpec spec(const char* field, std::initializer_list<const char*> aliases, bool required = false)
{
    FieldSpec f{QString::fromLatin1(field), {}, required};
    for (const char* a : aliases) f.aliases << QString::fromUtf8(a);
    return f;
}

bool blank(const QStringList& row)
{
    return std::ranges::all_of(row, [](const QString& c) { return text::clean(c).isEmpty(); });
}

} // namespace

const QList<FieldSpec>& SheetImport::unitFields()
{
    static const QList<FieldSpec> fields{
        spec("name", {"单位名称", "name", "单位", "unit"}, true),
        spec("short_name", {"简称", "short_name", "单位简称", "short name"}),
        spec("category", {"单位类别", "category", "类别", "单位类型"}),
        spec("head", {"主要负责人", "head", "一把手"}),
        spec("deputy", {"分管领导", "deputy", "分管负责人"}),
        spec("secretary", {"联络员", "secretary", "联系人"}),
        spec("phone", {"联系电话", "phone", "电话", "联系方式"}),
        spec("group", {"所属分组", "group", "分组", "所属系统", "所属地区"}),
    };
    return fields;
}

const QList<FieldSpec>& SheetImport::responsibilityFields()
{
    static const QList<FieldSpec> fields{
        spec("unit", {"单位名称", "unit", "单位", "name"}, true),
        spec("task", {"任务编号", "task", "任务代码", "编号", "task_code"}, true),
        spec("level", {"责任层级", "level", "责任类型", "责任"}),
        spec("person", {"责任人", "person", "姓名"}, true),
        spec("post", {"职务", "post", "岗位"}),
        spec("duty", {"责任内容", "duty", "职责", "工作职责"}),
        spec("target", {"量化目标", "target", "目标"}),
    };
    return fields;
}

Result<QList<UnitImportRow>> SheetImport::unitRows(const Sheet& sheet)
{
    auto header = HeaderMap::find(sheet, unitFields());
    if (!header) return fail(header.error());
    QList<UnitImportRow> out;
    for (int r = header->headerRow + 1; r < sheet.rows.size(); ++r) {
        const auto& row = sheet.rows[r];
        if (blank(row)) continue;
        Unit u;
        u.name = header->cell(row, QStringLiteral("name"));
        u.shortName = header->cell(row, QStringLiteral("short_name"));
        u.category = header->cell(row, QStringLiteral("category"));
        u.head = header->cell(row, QStringLiteral("head"));
        u.deputy = header->cell(row, QStringLiteral("deputy"));
        u.secretary = header->cell(row, QStringLiteral("secretary"));
        u.phone = header->cell(row, QStringLiteral("phone"));
        out.append({r + 1, u, header->cell(row, QStringLiteral("group"))});
    }
    return out;
}

Result<QList<ResponsibilityImportRow>> SheetImport::responsibilityRows(const Sheet& sheet)
{
    auto header = HeaderMap::find(sheet, responsibilityFields());
    if (!header) return fail(header.error());
    QList<ResponsibilityImportRow> out;
    for (int r = header->headerRow + 1; r < sheet.rows.size(); ++r) {
        const auto& row = sheet.rows[r];
        if (blank(row)) continue;
        ResponsibilityImportRow x;
        x.row = r + 1;
        x.unitName = header->cell(row, QStringLiteral("unit"));
        x.taskCode = header->cell(row, QStringLiteral("task"));
        x.level = header->cell(row, QStringLiteral("level"));
        x.person = header->cell(row, QStringLiteral("person"));
        x.post = header->cell(row, QStringLiteral("post"));
        x.duty = header->cell(row, QStringLiteral("duty"));
        x.target = header->cell(row, QStringLiteral("target"));
        out.append(x);
    }
    return out;
}

} // namespace cd
