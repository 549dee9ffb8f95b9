#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QStyleFactory>

namespace ow {

namespace {
// Widgets opt in through dynamic properties set in the forms: heading = title / section / hint /
// field / error, primary = true on the main button, panel = true on white cards, chip = true on
// flag badges.
const char *const kStyleSheet = R"css(
QMainWindow, QDialog { background: #f3f5f8; }
QFrame#headerBar { background: #1f4e8c; }
QFrame#headerBar QLabel { color: white; }
QLabel#appTitleLabel { font-size: 17pt; font-weight: bold; }
QLabel#userBadgeLabel { font-size: 10.5pt; }
QFrame[panel="true"] { background: white; border: 1px solid #d9dee7; border-radius: 6px; }
QLabel[heading="title"] { font-size: 16pt; font-weight: bold; color: #1d2a3a; }
QLabel[heading="section"] { font-size: 12pt; font-weight: bold; color: #1f4e8c; }
QLabel[heading="hint"] { color: #5b6677; }
QLabel[heading="field"] { color: #5b6677; }
QLabel[heading="error"] { color: #b3261e; font-weight: bold; }
QLabel[chip="true"] { background: #e6effa; color: #1f4e8c; border: 1px solid #b7cdea;
                      border-radius: 10px; padding: 2px 10px; font-weight: bold; }
QLineEdit, QComboBox { min-height: 28px; padding: 0 6px; border: 1px solid #b9c2cf;
                       border-radius: 4px; background: white; }
QComboBox::drop-down { width: 26px; border: none; }
QLineEdit:focus, QComboBox:focus { border: 2px solid #2f6fc0; }
QLineEdit[readOnly="true"] { background: #f7f8fa; }
QLineEdit[secret="true"] { font-family: "DejaVu Sans Mono"; font-size: 14pt; font-weight: bold;
                           letter-spacing: 1px; color: #1d2a3a; }
QPushButton { min-height: 30px; min-width: 88px; padding: 0 14px; border: 1px solid #b9c2cf;
              border-radius: 4px; background: white; }
QPushButton:hover { background: #eef3fa; }
QPushButton:focus { border: 2px solid #2f6fc0; }
QPushButton[primary="true"] { background: #1f4e8c; color: white; border: 1px solid #1f4e8c; }
QPushButton[primary="true"]:hover { background: #2a60a8; }
QPushButton[primary="true"]:focus { border: 2px solid #0d2d57; }
QPushButton:disabled, QPushButton[primary="true"]:disabled { background: #d5dae2; color: #7b8594;
                                                             border: 1px solid #c5ccd6; }
QListView, QTableView { background: white; border: 1px solid #d9dee7; border-radius: 4px;
                        alternate-background-color: #f7f9fc; selection-background-color: #2f6fc0;
                        selection-color: white; }
QListView::item { min-height: 30px; padding: 0 6px; }
QListView:focus, QTableView:focus { border: 2px solid #2f6fc0; }
QHeaderView::section { background: #eef2f7; color: #1d2a3a; border: none;
                       border-right: 1px solid #d9dee7; border-bottom: 1px solid #d9dee7;
                       padding: 4px 6px; font-weight: bold; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 8px 22px; font-size: 11pt; background: #e4e9f0; color: #3a4656;
               border: none; margin-right: 2px; }
QTabBar::tab:selected { background: #f3f5f8; color: #1f4e8c; font-weight: bold;
                        border-bottom: 3px solid #1f4e8c; }
QStatusBar { background: #e4e9f0; color: #3a4656; }
QStatusBar QLabel { padding: 0 8px; }
QSplitter::handle { background: transparent; width: 10px; }
)css";
} // namespace

void applyAppearance(QApplication &app) {
    // Fusion draws the same on every platform, so screenshots and the hall's PCs agree.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10.5);
    font.setStyleHint(QFont::SansSerif);
    app.setFont(font);
    app.setStyleSheet(QString::fromUtf8(kStyleSheet));
}

} // namespace ow
