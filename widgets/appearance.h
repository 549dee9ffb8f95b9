#pragma once

class QApplication;

namespace ow {

// The workstation's look: Noto Sans CJK SC everywhere (fontconfig would pick the Japanese glyph
// forms otherwise), a calm light theme with one accent colour, and large readable text.
void applyAppearance(QApplication &app);

} // namespace ow
