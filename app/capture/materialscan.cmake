# Scanning a case's materials (helper s4, docs/materialscan.md). OpenCV only inside the .cpp
# files (scanpageprocessor.cpp); every header is Qt only.
list(APPEND OW_CAPTURE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/scanpage.h ${CMAKE_CURRENT_LIST_DIR}/scanpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanpagebook.h ${CMAKE_CURRENT_LIST_DIR}/scanpagebook.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanpageprocessor.h ${CMAKE_CURRENT_LIST_DIR}/scanpageprocessor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/materialscanwriter.h ${CMAKE_CURRENT_LIST_DIR}/materialscanwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagebatchsource.h ${CMAKE_CURRENT_LIST_DIR}/pagebatchsource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/materialscansession.h
    ${CMAKE_CURRENT_LIST_DIR}/materialscansession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagelistmodel.h ${CMAKE_CURRENT_LIST_DIR}/pagelistmodel.cpp)
