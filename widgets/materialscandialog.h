#pragma once

#include "materialscandevices.h"
#include "materialscanrepository.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class MaterialScanDialog;
}

namespace ow {

class DocumentCameraSession;
class FrameSource;
class IntakeSession;
class MaterialScanSession;
class PageCornerEditor;
class PageListModel;
class WorkstationContext;

// Scanning the materials of one case (docs/materialscan.md): pick a source (document camera,
// scanner feeder or flatbed, files), watch the pages arrive as thumbnails of the selected
// material, reorder them by dragging, turn, delete or rescan them, drag the corners of a badly
// found page, choose the colour mode, follow a batch's progress and cancel it, and save one PDF
// per material. Separator sheets send the rest of a batch to the next material. Marking a
// material received stays the clerk's decision on the checklist.
class MaterialScanDialog : public QDialog {
    Q_OBJECT
public:
    enum class Source { Camera, Feeder, Flatbed, Files };

    MaterialScanDialog(WorkstationContext &context, IntakeSession &intake, const QString &caseId,
                       const QString &material, MaterialScanDevices devices = {},
                       QWidget *parent = nullptr);
    ~MaterialScanDialog() override;

    MaterialScanSession &session() const { return *m_session; }
    PageListModel *pageModel() const { return m_pages; }
    PageCornerEditor *cornerEditor() const;
    void setSource(Source source);
    // The Start button: starts the camera, a scan or an import.
    void start();
    // Starts writing and storing the PDFs (false, with the reason shown, when it cannot); the
    // dialog closes as accepted once they are stored.
    bool save();
    // Closing with pages not saved asks first (MaterialScanDevices::confirmDiscard).
    void reject() override;
    QString statusText() const;
    int selectedPage() const; // row in the current material, -1 when none

signals:
    void saved(const QList<ow::MaterialScanRecord> &records);

private:
    void startCamera();
    void stopCamera();
    void startScanner(bool feeder);
    void showMaterials();
    void materialChosen(int row);
    void pageChosen();
    void showProgress(int done, int total);
    void busyChanged(bool busy);
    void showStatus(const QString &text, bool error);
    void updateButtons();
    void showDropped();
    void saveFinished(const QList<ow::MaterialScanRecord> &records, const QString &error);
    template <typename F> void withPage(F &&edit);

    std::unique_ptr<Ui::MaterialScanDialog> m_ui;
    WorkstationContext &m_context;
    MaterialScanDevices m_devices;
    MaterialScanSession *m_session;
    PageListModel *m_pages;
    FrameSource *m_cameraSource = nullptr;
    DocumentCameraSession *m_camera = nullptr;
};

} // namespace ow
