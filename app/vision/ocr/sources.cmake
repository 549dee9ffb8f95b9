# Sources of app/vision/ocr (list them with ${CMAKE_CURRENT_LIST_DIR}/).
list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tesseractengine.h ${CMAKE_CURRENT_LIST_DIR}/tesseractengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/creditcodecorrector.h ${CMAKE_CURRENT_LIST_DIR}/creditcodecorrector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/licenceocr.h ${CMAKE_CURRENT_LIST_DIR}/licenceocr.cpp)
