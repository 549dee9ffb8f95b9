#pragma once

#include <QImage>

#include <memory>

namespace ow {

struct StillnessSettings {
    qint64 stillMs = 800;      // the scene must stay unchanged this long to count as settled
    int thumbnailWidth = 160;  // frames are compared as blurred grey thumbnails of this width
    int pixelDelta = 24;       // grey levels a thumbnail pixel must move to count as changed
    double motionShare = 0.01; // share of changed pixels that means "something is moving"
    double sceneShare = 0.04;  // share of changed pixels that makes a settled scene a new one
};

// Decides, frame by frame, when the desk under a document camera has settled and whether the
// settled scene is a new page, the same page as before, or the empty desk again. Time comes only
// from the frames' timestamps, so tests replay sequences without a clock.
//
// The first settled scene is taken as the empty desk. Later settled scenes that differ from the
// last settled one are a new page unless they match the empty desk.
class StillnessDetector {
public:
    enum class Event {
        None,      // nothing to report (still settling, or still the same settled scene)
        Moving,    // the scene changed since the last frames (hand, page being placed)
        DeskEmpty, // settled on the empty desk (first settle, or the page was removed)
        SameScene, // settled again on the scene already seen (e.g. after a hand passed over)
        NewPage,   // settled on a scene that is neither the last one nor the empty desk
    };

    explicit StillnessDetector(StillnessSettings settings = {});
    ~StillnessDetector();
    StillnessDetector(const StillnessDetector &) = delete;
    StillnessDetector &operator=(const StillnessDetector &) = delete;

    Event feed(const QImage &frame, qint64 timestampMs);
    // A page captured by hand: its scene counts as taken, so it is not captured again.
    void markCaptured(const QImage &frame);
    // Forget the desk and the pages (camera moved, session restarted).
    void reset();

    const StillnessSettings &settings() const { return m_settings; }

private:
    struct Thumbnails;
    StillnessSettings m_settings;
    std::unique_ptr<Thumbnails> m_state;
};

} // namespace ow
