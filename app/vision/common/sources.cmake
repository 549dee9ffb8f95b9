# What every vision area shares: how OpenCV's worker threads and the image buffers' memory are used.
list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/opencvthreadpolicy.h ${CMAKE_CURRENT_LIST_DIR}/opencvthreadpolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/imagememory.h ${CMAKE_CURRENT_LIST_DIR}/imagememory.cpp)
