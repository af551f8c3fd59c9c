#pragma once

#include "exchange/Sheet.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"

#include <QFutureWatcher>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace cd {

class ImportPreviewModel;
class Workspace;

// Import units or responsibility lists from CSV/XLSX: choose the file (and sheet), see
// what would be added, updated and refused, then import all of it in one transaction.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum class Kind { Units, Responsibilities };
    enum PageId { FilePage, PreviewPage };

    ImportWizard(Workspace& workspace, Kind kind, QWidget* parent = nullptr);

    void setFile(const QString& path);
    bool isPreviewReady() const { return m_ready; }
    int addedCount() const;
    int updatedCount() const;
    int rejectedCount() const;
    void accept() override;

signals:
    void previewReady();

private:
    friend class ImportFilePage;
    friend class ImportPreviewPage;
    void startReading();
    void sheetRead();
    bool canFinish() const;

    Workspace& m_workspace;
    Kind m_kind;
    QLineEdit* m_fileEdit;
    QComboBox* m_sheetCombo;
    QLabel* m_summary;
    QProgressBar* m_busy;
    QTableView* m_previewTable;
    QCheckBox* m_skipRejected;
    ImportPreviewModel* m_previewModel;
    QFutureWatcher<Result<Sheet>> m_reader;
    bool m_ready = false;
    ImportPreview<UnitImportRow> m_units;
    QString groupsLine(); // the groups a units sheet would make, as a line of the summary
    ImportPreview<ResponsibilityImportRow> m_responsibilities;
};

} // namespace cd
