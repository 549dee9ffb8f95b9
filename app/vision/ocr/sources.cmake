# Sources of app/vision/ocr (list them with ${CMAKE_CURRENT_LIST_DIR}/).
list(APPEND OW_VISION_SOURCES)
