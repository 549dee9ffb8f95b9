# Scanners (SANE) and image/PDF file import; helper s3.
list(APPEND OW_IMAGING_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/scantypes.h ${CMAKE_CURRENT_LIST_DIR}/scantypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sanelibrary.h ${CMAKE_CURRENT_LIST_DIR}/sanelibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sanepageassembler.h ${CMAKE_CURRENT_LIST_DIR}/sanepageassembler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sanescanner.h ${CMAKE_CURRENT_LIST_DIR}/sanescanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sanescanneroptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scannerworker.h ${CMAKE_CURRENT_LIST_DIR}/scannerworker.cpp)
list(APPEND OW_IMAGING_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/imagefileimporter.h ${CMAKE_CURRENT_LIST_DIR}/imagefileimporter.cpp)
list(APPEND OW_IMAGING_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/imagecompleteness.h ${CMAKE_CURRENT_LIST_DIR}/imagecompleteness.cpp)
