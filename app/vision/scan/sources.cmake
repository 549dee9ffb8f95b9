list(APPEND OW_VISION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/pagetypes.h)
# Scanner-page processing (issue 3): one file per step, and the orchestrator (pageprocessor).
list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/scanimage.h ${CMAKE_CURRENT_LIST_DIR}/scanimage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/median5x5.h ${CMAKE_CURRENT_LIST_DIR}/median5x5.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bytehistogram.h ${CMAKE_CURRENT_LIST_DIR}/bytehistogram.cpp
    ${CMAKE_CURRENT_LIST_DIR}/areashrink.h ${CMAKE_CURRENT_LIST_DIR}/areashrink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deskew.h ${CMAKE_CURRENT_LIST_DIR}/deskew.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textlinescorer.h ${CMAKE_CURRENT_LIST_DIR}/textlinescorer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textbands.h ${CMAKE_CURRENT_LIST_DIR}/textbands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/glyphcells.h ${CMAKE_CURRENT_LIST_DIR}/glyphcells.cpp
    ${CMAKE_CURRENT_LIST_DIR}/glyphorientation.h ${CMAKE_CURRENT_LIST_DIR}/glyphorientation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/glyphorientationnet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orientation.h ${CMAKE_CURRENT_LIST_DIR}/orientation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanborders.h ${CMAKE_CURRENT_LIST_DIR}/scanborders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enhance.h ${CMAKE_CURRENT_LIST_DIR}/enhance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/blankpage.h ${CMAKE_CURRENT_LIST_DIR}/blankpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barcodereader.h ${CMAKE_CURRENT_LIST_DIR}/barcodereader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barcoderegionfinder.h ${CMAKE_CURRENT_LIST_DIR}/barcoderegionfinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linearcoderedraw.h ${CMAKE_CURRENT_LIST_DIR}/linearcoderedraw.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barsymbols.h ${CMAKE_CURRENT_LIST_DIR}/barsymbols.cpp
    ${CMAKE_CURRENT_LIST_DIR}/barmodulefit.h ${CMAKE_CURRENT_LIST_DIR}/barmodulefit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/separatorsheet.h ${CMAKE_CURRENT_LIST_DIR}/separatorsheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/businesslicence.h ${CMAKE_CURRENT_LIST_DIR}/businesslicence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageprocessor.h ${CMAKE_CURRENT_LIST_DIR}/pageprocessor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageimagefile.h ${CMAKE_CURRENT_LIST_DIR}/pageimagefile.cpp
)
