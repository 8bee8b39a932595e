export declare const MARIANNE_CLASS: 'fc-marianne'
export declare const MARIANNE_STORAGE_KEY: 'reglages:marianne-en-cache'
export declare const MARIANNE_SCRIPT: string
export declare const APP_FILES_META: 'reglages-app-files'
