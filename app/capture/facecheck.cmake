list(APPEND OW_CAPTURE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/imageconversion.h ${CMAKE_CURRENT_LIST_DIR}/imageconversion.cpp)
