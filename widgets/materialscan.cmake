# Material scanning screens: target_sources(onewindow_widgets PRIVATE ...)
