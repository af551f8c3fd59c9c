#include "widgets/assessment/RubricDialog.h"

#include "services/AssessmentService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

enum Column { Code, Name, PillarColumn, Rule, Max, Params, ColumnCount };

QString allPillars() { return QCoreApplication::translate("cd::RubricDialog", "all"); }

// A rule's parameters in words, "points off per missing report=5；points off per late report=2":
// what the office reads and types; the stored keys stay behind it.
QString paramsText(const RubricItem& item)
{
    QStringList parts;
    for (const auto& p : ruleParameters(item.rule)) {
        const QJsonValue v = item.params.contains(p.key) ? item.params.value(p.key) : p.fallback;
        QString value = v.isDouble() ? AssessmentRules::format(v.toDouble()) : v.toString();
        if (p.key == QLatin1String("pillar")) {
            if (const auto pillar = pillarFromId(value)) value = displayName(*pillar);
            else if (value == QLatin1String("all")) value = allPillars();
        }
        parts << QStringLiteral("%1=%2").arg(ruleParameterName(item.rule, p.key), value);
    }
    return parts.join(QStringLiteral("；"));
}

// The stored key of a parameter typed by its name (or by its key), for `rule`.
std::optional<QString> parameterKey(ScoreRule rule, const QString& typed)
{
    for (const auto& p : ruleParameters(rule))
        if (typed == p.key || typed == ruleParameterName(rule, p.key)) return p.key;
    return std::nullopt;
}

// A pillar typed by its name or id, or "all".
QString pillarValue(const QString& typed)
{
    if (typed == allPillars()) return QStringLiteral("all");
    for (Pillar p : kAllPillars)
        if (typed == displayName(p)) return toId(p);
    return typed;
}

QDoubleSpinBox* spin(double value, double high)
{
    auto* s = new QDoubleSpinBox;
    s->setRange(0, high);
    s->setDecimals(1);
    s->setValue(value);
    return s;
}

} // namespace

RubricDialog::RubricDialog(Workspace& workspace, int year, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_year(year), m_table(new QTableWidget(0, ColumnCount)), m_excellent(spin(90, 200)),
      m_good(spin(80, 200)), m_pass(spin(60, 200)), m_totals(new QLabel), m_error(new QLabel)
{
    setWindowTitle(tr("%1 assessment rubric").arg(year));
    resize(1000, 620);
    m_editable = workspace.can(Operation::Assess) && !AssessmentService(workspace.context()).isLocked(year);
    m_table->setObjectName(QStringLiteral("rubricTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Item"), tr("Pillar"), tr("Rule"), tr("Max"), tr("Parameters")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Params, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // An item's code is for the command line and the stored rubric, not for reading here.
    m_table->setColumnHidden(Code, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    dialogs::makeErrorLabel(m_error);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));

    auto* add = new QPushButton(tr("&Add item"));
    auto* remove = new QPushButton(tr("&Remove item"));
    auto* reset = new QPushButton(tr("&Default rubric"));
    for (auto* b : {add, remove, reset}) b->setEnabled(m_editable);
    connect(add, &QPushButton::clicked, this, [this] {
        RubricItem i;
        // A code of its own (not shown): the next itemN no row has.
        QStringList codes;
        for (int r = 0; r < m_table->rowCount(); ++r) codes << m_table->item(r, Code)->text();
        int n = m_table->rowCount() + 1;
        while (codes.contains(QStringLiteral("item%1").arg(n))) ++n;
        i.code = QStringLiteral("item%1").arg(n);
        i.name = tr("New item");
        i.max = 5;
        addRow(i);
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        updateTotals();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) m_table->removeRow(m_table->currentRow());
        updateTotals();
    });
    connect(reset, &QPushButton::clicked, this, [this] { setRubric(AssessmentService::defaultRubric()); });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addWidget(reset);
    rowButtons->addStretch();
    rowButtons->addWidget(m_totals);

    auto* grades = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("&Excellent from"), m_excellent}, std::pair{tr("&Good from"), m_good}, std::pair{tr("&Fair from"), m_pass}}) {
        auto* l = new QLabel(label);
        l->setBuddy(box);
        box->setEnabled(m_editable);
        grades->addWidget(l);
        grades->addWidget(box);
        grades->addSpacing(12);
    }
    grades->addStretch();

    auto* buttons = new QDialogButtonBox(m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &RubricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellChanged, this, &RubricDialog::updateTotals);

    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Each item is scored by its rule from what the campaign has recorded; its parameters say how, for example the "
                               "points taken off for each missing report. An item scored by hand has none. A deduction item (negative cases) "
                               "has the maximum 0; the most it takes off is a parameter."));
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(grades);
    if (!m_editable) layout->addWidget(new QLabel(tr("Read only: the year is locked, or you may not change the rubric.")));
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto current = AssessmentService(workspace.context()).rubric(year);
    m_asRead = current ? current->toJson() : QJsonObject{};
    setRubric(current ? *current : AssessmentService::defaultRubric());
}

void RubricDialog::addRow(const RubricItem& item)
{
    const int row = m_table->rowCount();
    m_table->blockSignals(true);
    m_table->insertRow(row);
    m_table->setItem(row, Code, views::cell(item.code));
    m_table->setItem(row, Name, views::cell(item.name));
    auto* pillar = new QComboBox;
    for (Pillar p : kAllPillars) pillar->addItem(displayName(p), toId(p));
    pillar->setCurrentIndex(pillar->findData(toId(item.pillar)));
    auto* rule = new QComboBox;
    for (ScoreRule r : kAllRules) rule->addItem(displayName(r), toId(r));
    rule->setCurrentIndex(rule->findData(toId(item.rule)));
    auto* max = spin(item.max, 100);
    for (QWidget* w : {static_cast<QWidget*>(pillar), static_cast<QWidget*>(rule), static_cast<QWidget*>(max)}) w->setEnabled(m_editable);
    m_table->setCellWidget(row, PillarColumn, pillar);
    m_table->setCellWidget(row, Rule, rule);
    m_table->setCellWidget(row, Max, max);
    m_table->setItem(row, Params, views::cell(paramsText(item)));
    m_table->blockSignals(false);
    connect(pillar, &QComboBox::currentIndexChanged, this, &RubricDialog::updateTotals);
    connect(max, &QDoubleSpinBox::valueChanged, this, &RubricDialog::updateTotals);
    // A new rule starts from its own parameters.
    connect(rule, &QComboBox::currentIndexChanged, this, [this, rule] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Rule) == rule) {
                RubricItem blank;
                blank.rule = scoreRuleFromId(rule->currentData().toString()).value_or(ScoreRule::Manual);
                m_table->item(r, Params)->setText(paramsText(blank));
            }
    });
}

void RubricDialog::setRubric(const Rubric& r)
{
    m_table->setRowCount(0);
    // Grouped by pillar in the pillars' order, the rubric's own order within each.
    QList<RubricItem> items = r.items;
    std::ranges::stable_sort(items, {}, [](const RubricItem& i) { return i.pillar == Pillar::General ? 5 : int(i.pillar); });
    for (const auto& i : items) addRow(i);
    m_excellent->setValue(r.grades.excellent);
    m_good->setValue(r.grades.good);
    m_pass->setValue(r.grades.pass);
    m_table->resizeColumnToContents(Code);
    m_table->resizeColumnToContents(PillarColumn);
    m_table->resizeColumnToContents(Rule);
    updateTotals();
}

Result<Rubric> RubricDialog::rubric() const
{
    Rubric r;
    static const QRegularExpression separators(QStringLiteral("[,;，；、]+"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RubricItem i;
        i.code = m_table->item(row, Code)->text().trimmed();
        i.name = m_table->item(row, Name)->text().trimmed();
        i.pillar = pillarFromId(static_cast<QComboBox*>(m_table->cellWidget(row, PillarColumn))->currentData().toString()).value_or(Pillar::General);
        i.rule = scoreRuleFromId(static_cast<QComboBox*>(m_table->cellWidget(row, Rule))->currentData().toString()).value_or(ScoreRule::Manual);
        i.max = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Max))->value();
        for (const auto& part : m_table->item(row, Params)->text().split(separators, Qt::SkipEmptyParts)) {
            static const QRegularExpression equals(QStringLiteral("[=＝]"));
            const qsizetype eq = part.indexOf(equals);
            const QStringList names = [&] {
                QStringList n;
                for (const auto& p : ruleParameters(i.rule)) n << ruleParameterName(i.rule, p.key);
                return n;
            }();
            if (eq <= 0)
                return fail(Error::invalid(names.isEmpty() ? tr("Row %1: %2 has no parameters; leave them empty.").arg(row + 1).arg(displayName(i.rule))
                                                           : tr("Row %1: write each parameter as its name, = and a value, for example %2=5.").arg(row + 1).arg(names.first())));
            const QString name = part.left(eq).trimmed(), text = part.mid(eq + 1).trimmed();
            const auto key = parameterKey(i.rule, name);
            if (!key)
                return fail(Error::invalid(tr("Row %1: %2 has no parameter “%3”; its parameters are: %4.")
                                               .arg(row + 1)
                                               .arg(displayName(i.rule), name, names.isEmpty() ? tr("none") : names.join(QStringLiteral("、")))));
            bool number = false;
            const double value = text.toDouble(&number);
            if (*key == QLatin1String("pillar")) i.params.insert(*key, pillarValue(text));
            else if (*key == QLatin1String("task")) i.params.insert(*key, text);
            else i.params.insert(*key, number ? QJsonValue(value) : QJsonValue(text));
        }
        r.items.append(i);
    }
    r.grades = {m_excellent->value(), m_good->value(), m_pass->value()};
    if (auto s = Rubric::validate(r); !s) return fail(s.error());
    return r;
}

void RubricDialog::updateTotals()
{
    double pillars[5] = {};
    double all = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* pillar = static_cast<QComboBox*>(m_table->cellWidget(row, PillarColumn));
        const auto* max = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Max));
        if (!pillar || !max) continue;
        const auto p = pillarFromId(pillar->currentData().toString()).value_or(Pillar::General);
        pillars[size_t(p)] += max->value();
        all += max->value();
    }
    QStringList parts;
    for (Pillar p : {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform, Pillar::General})
        parts << QStringLiteral("%1 %2").arg(displayName(p), AssessmentRules::format(pillars[size_t(p)]));
    m_totals->setText(tr("Full marks %1 (%2)").arg(AssessmentRules::format(all), parts.join(QStringLiteral(" · "))));
}

void RubricDialog::accept()
{
    if (!m_editable) return QDialog::accept();
    auto r = rubric();
    Status saved = r ? AssessmentService(m_workspace.context()).saveRubric(m_year, *r, m_asRead) : Status(fail(r.error()));
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
