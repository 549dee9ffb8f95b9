# Document camera auto-capture (helper s3). OpenCV only inside the .cpp files.
list(APPEND OW_CAPTURE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stillnessdetector.h ${CMAKE_CURRENT_LIST_DIR}/stillnessdetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentcamerasession.h
    ${CMAKE_CURRENT_LIST_DIR}/documentcamerasession.cpp)
