list(APPEND OW_IMAGING_SOURCES ${CMAKE_CURRENT_LIST_DIR}/framesource.h
     ${CMAKE_CURRENT_LIST_DIR}/cameraframesource.h ${CMAKE_CURRENT_LIST_DIR}/cameraframesource.cpp
     ${CMAKE_CURRENT_LIST_DIR}/imagesequenceframesource.h
     ${CMAKE_CURRENT_LIST_DIR}/imagesequenceframesource.cpp)
