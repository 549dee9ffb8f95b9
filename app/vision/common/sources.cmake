# What every vision area shares: how OpenCV's worker threads are used.
list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/opencvthreadpolicy.h ${CMAKE_CURRENT_LIST_DIR}/opencvthreadpolicy.cpp)
