list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/pagequad.h
    ${CMAKE_CURRENT_LIST_DIR}/pagedetector.h
    ${CMAKE_CURRENT_LIST_DIR}/pagedetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagerectification.cpp
    ${CMAKE_CURRENT_LIST_DIR}/perspectivewarp.h
    ${CMAKE_CURRENT_LIST_DIR}/perspectivewarp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagecandidatesearch.h
    ${CMAKE_CURRENT_LIST_DIR}/pagecandidatesearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagelinecandidates.h
    ${CMAKE_CURRENT_LIST_DIR}/pagelinecandidates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagequadscorer.h
    ${CMAKE_CURRENT_LIST_DIR}/pagequadscorer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageedgerefiner.h
    ${CMAKE_CURRENT_LIST_DIR}/pageedgerefiner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quadgeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/quadgeometry.cpp
)
