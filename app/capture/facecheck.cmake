# The face check at the window (人证合一) and the card reading that fills the applicant.
list(APPEND OW_CAPTURE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/imageconversion.h ${CMAKE_CURRENT_LIST_DIR}/imageconversion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facechecktypes.h ${CMAKE_CURRENT_LIST_DIR}/facechecktypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cardphotoextractor.h ${CMAKE_CURRENT_LIST_DIR}/cardphotoextractor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facecheckworker.h ${CMAKE_CURRENT_LIST_DIR}/facecheckworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facechecksession.h ${CMAKE_CURRENT_LIST_DIR}/facechecksession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/idcardsession.h ${CMAKE_CURRENT_LIST_DIR}/idcardsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/framesourcefactory.h ${CMAKE_CURRENT_LIST_DIR}/framesourcefactory.cpp)
