list(APPEND OW_VISION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/facepipeline.h ${CMAKE_CURRENT_LIST_DIR}/facepipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facemodelpack.h ${CMAKE_CURRENT_LIST_DIR}/facemodelpack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facedetector.h ${CMAKE_CURRENT_LIST_DIR}/facedetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facelandmarker.h ${CMAKE_CURRENT_LIST_DIR}/facelandmarker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facealigner.h ${CMAKE_CURRENT_LIST_DIR}/facealigner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/faceembedder.h ${CMAKE_CURRENT_LIST_DIR}/faceembedder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/livenessmodel.h ${CMAKE_CURRENT_LIST_DIR}/livenessmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eyestatemodel.h ${CMAKE_CURRENT_LIST_DIR}/eyestatemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/headposemodel.h ${CMAKE_CURRENT_LIST_DIR}/headposemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facequality.h ${CMAKE_CURRENT_LIST_DIR}/facequality.cpp
    ${CMAKE_CURRENT_LIST_DIR}/livecheck.h ${CMAKE_CURRENT_LIST_DIR}/livecheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/faceimagefile.h ${CMAKE_CURRENT_LIST_DIR}/faceimagefile.cpp
)
