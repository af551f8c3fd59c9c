#pragma once

#include <QAbstractTableModel>

namespace cd {

// The rows of an import preview: what each sheet row would do, and why a row is refused.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Action { Add, Update, Reject };
    struct Line
    {
        Action action;
        int row;
        QString what;
        QString detail;
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setLines(QList<Line> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<Line> m_lines;
};

} // namespace cd
